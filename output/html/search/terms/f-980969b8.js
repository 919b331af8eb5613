teSearchFile("terms/f-980969b8",[["~person:te-alexei-nikolayevich-kosygin",[1,1,2],[]]]);
