teSearchFile("terms/70-75-62",[["public",[1,1,2],[]],["publication",[1,1,52],[]],["publicly",[1,1,28],[]],["published",[1,2,44,2],[]],["publishes",[1,1,46],[]]]);
