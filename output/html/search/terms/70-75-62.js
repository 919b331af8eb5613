teSearchFile("terms/70-75-62",[["public",[1,1,1],[]],["publication",[1,1,26],[]],["publicly",[1,1,14],[]],["published",[1,2,22,1],[]],["publishes",[1,1,23],[]]]);
