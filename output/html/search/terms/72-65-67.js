teSearchFile("terms/72-65-67",[["regarding",[1,1,12],[]],["regards",[1,2,13,3],[]],["registry",[1,1,21],[]],["regrets",[1,1,7],[]],["regularised",[1,2,22,2],[]]]);
